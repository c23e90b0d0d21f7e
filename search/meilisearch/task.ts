import type { EnqueuedTaskPromise, Task } from "meilisearch";

/**
 * Long enough for a reindex batch; the client's own default (5 s) would report a slow but healthy
 * server as down. A timeout only means "retry later": writes are idempotent.
 */
export const TASK_TIMEOUT_MS = 60_000;

/**
 * The client's waitTask() resolves with the finished task whatever its status; a failed or
 * cancelled write would pass for a success and the outbox would drop it. Here it throws instead.
 */
export function assertSucceeded(task: Pick<Task, "uid" | "type" | "status" | "error">): void {
  if (task.status === "succeeded") return;
  const reason = task.error ? `${task.error.code}: ${task.error.message}` : "no error given";
  throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${reason}`);
}

export async function settle(enqueued: EnqueuedTaskPromise): Promise<void> {
  assertSucceeded(await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS }));
}
