/** ISO timestamps as editors read them, always in UTC: "2026-11-28 09:45 UTC". */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** To the second, without the zone, for the audit log's UTC column. */
export function utcSecond(iso: string): string {
  return iso.slice(0, 19).replace("T", " ");
}
