import { freshSqlite } from "../support/databases";
import { editorsSuite } from "./editors-suite";

editorsSuite("SQLite", async () => freshSqlite());
