import { describe } from "vitest";
import { meilisearchEngine } from "#search/meilisearch/meilisearch-index";
import { contractSettings, runSearchContract, type ContractDoc } from "#search/contract/search-contract";

const url = process.env.MEILI_URL;

describe.skipIf(!url)(
  "meilisearch (skipped unless MEILI_URL is set: no Meilisearch server can be installed on this machine — not in Debian, not on npm, no Docker)",
  () => {
    runSearchContract("meilisearch adapter", async () => {
      if (!url) throw new Error("MEILI_URL is not set");
      // A fresh index per run, so a shared server's other data and earlier runs cannot interfere.
      const index = meilisearchEngine(url, process.env.MEILI_MASTER_KEY).index<ContractDoc>(
        `contract_${Date.now()}`,
        contractSettings,
      );
      return { index, close: () => index.clear() };
    });
  },
);
