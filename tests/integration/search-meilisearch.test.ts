import { describe, it } from "vitest";
import { meilisearchEngine } from "../../search/meilisearch/meilisearch-index";
import { contractSettings, runSearchContract, type ContractDoc } from "../../search/contract/search-contract";

const url = process.env.MEILI_URL;

if (url) {
  runSearchContract("meilisearch adapter", async () => {
    const index = meilisearchEngine(url, process.env.MEILI_MASTER_KEY).index<ContractDoc>(`contract_${Date.now()}`, contractSettings);
    return { index, close: () => index.clear() };
  });
} else {
  describe("search contract: meilisearch adapter", () => {
    // No Meilisearch server can be installed on these machines (not in Debian, not on npm, no
    // Docker engine); set MEILI_URL to run the contract against one.
    it.skip("needs MEILI_URL (no Meilisearch server on this machine)", () => {});
  });
}
