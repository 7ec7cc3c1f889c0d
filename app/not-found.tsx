import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3">There is no page at this address. The agency may be listed under another name.</p>
      <p className="mt-4">
        <Link href="/agencies">See all agencies</Link>
      </p>
    </div>
  );
}
