import { freshPostgres } from "../support/databases";
import { databaseSuite } from "./database-suite";

databaseSuite("PostgreSQL", freshPostgres);
