import { freshPostgres } from "../support/databases";
import { editorsSuite } from "./editors-suite";

editorsSuite("PostgreSQL", freshPostgres);
