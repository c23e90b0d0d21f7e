import { describe, expect, it } from "vitest";
import { assertSucceeded } from "./task";

describe("Meilisearch task outcome", () => {
  it("accepts a succeeded task", () => {
    expect(() =>
      assertSucceeded({ uid: 1, type: "documentAdditionOrUpdate", status: "succeeded", error: null }),
    ).not.toThrow();
  });
  it("turns a failed or cancelled task into an error, so the outbox keeps the write", () => {
    const error = {
      code: "invalid_document_id",
      message: "Document identifier `a b` is invalid.",
      type: "invalid_request",
      link: "",
    };
    expect(() => assertSucceeded({ uid: 7, type: "documentAdditionOrUpdate", status: "failed", error })).toThrow(
      /task 7 \(documentAdditionOrUpdate\) failed: invalid_document_id/,
    );
    expect(() => assertSucceeded({ uid: 8, type: "documentDeletion", status: "canceled", error: null })).toThrow(
      /canceled/,
    );
  });
});
