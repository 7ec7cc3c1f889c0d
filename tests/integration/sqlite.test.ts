import { freshSqlite } from "../support/databases";
import { databaseSuite } from "./database-suite";

databaseSuite("SQLite", async () => freshSqlite());
