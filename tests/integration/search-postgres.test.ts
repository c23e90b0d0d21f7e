import { postgresEngine } from "#search/postgres/postgres-index";
import { contractSettings, runSearchContract, type ContractDoc } from "#search/contract/search-contract";
import { createTestDb } from "../support/test-db";

runSearchContract(
  `postgres adapter on ${process.env.TEST_DB_KIND === "postgresql" ? "PostgreSQL" : "PGlite"}`,
  async () => {
    const t = await createTestDb();
    return { index: postgresEngine(t.db).index<ContractDoc>("contract", contractSettings), close: t.close };
  },
);
