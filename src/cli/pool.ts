import { Worker } from "node:worker_threads";
import { failTask, runTask, type Task, type TaskOptions, type TaskResult } from "./task.js";

/** How the inputs are spread over threads. */
export interface PoolOptions {
  /** Worker threads to use; 1 parses in the main thread. */
  jobs: number;
  /** The worker entry (dist/cli-worker.js). */
  workerUrl: URL;
  /** What every task shares. */
  options: TaskOptions;
}

/**
 * Runs the tasks and hands each result to `emit` in input order.
 *
 * Memory stays flat however many inputs there are: a task is handed to a
 * worker only while it is fewer than `4 × jobs` places ahead of the next
 * result to be written, so at most that many parsed results wait in the
 * reorder buffer, and `emit` (which waits for stdout to drain) holds the
 * whole pipeline back when the reader is slow.
 *
 * One input, or `jobs` 1, runs in the main thread: a worker costs tens of
 * milliseconds to start, more than a page takes to parse.
 */
export async function runOrdered(tasks: readonly Task[], pool: PoolOptions, emit: (result: TaskResult) => Promise<void>): Promise<void> {
  if (pool.jobs <= 1 || tasks.length <= 1) {
    for (const task of tasks) await emit(await runTask(task, pool.options));
    return;
  }
  const size = Math.min(pool.jobs, tasks.length);
  const window = size * 4;
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const buffer = new Map<number, TaskResult>();
  let next = 0;
  let written = 0;
  let emitting = false;

  await new Promise<void>((resolve, reject) => {
    const dispatch = (): void => {
      while (idle.length > 0 && next < tasks.length && next < written + window) {
        const worker = idle.pop()!;
        const task = tasks[next++]!;
        busy.set(worker, task);
        worker.postMessage(task);
      }
    };
    const flush = async (): Promise<void> => {
      if (emitting) return;
      emitting = true;
      try {
        for (let result = buffer.get(written); result !== undefined; result = buffer.get(written)) {
          buffer.delete(written);
          written++;
          dispatch();
          await emit(result);
        }
      } catch (error) {
        reject(error as Error);
        return;
      } finally {
        emitting = false;
      }
      if (written === tasks.length) resolve();
    };
    const spawn = (): void => {
      const worker = new Worker(pool.workerUrl, { workerData: pool.options });
      workers.add(worker);
      worker.on("message", (result: TaskResult) => {
        busy.delete(worker);
        idle.push(worker);
        buffer.set(result.index, result);
        dispatch();
        void flush();
      });
      // A worker that dies (out of memory on a giant input, a bug) fails only
      // the input it held; a fresh worker takes its place.
      worker.on("error", (error) => {
        const task = busy.get(worker);
        busy.delete(worker);
        workers.delete(worker);
        const k = idle.indexOf(worker);
        if (k >= 0) idle.splice(k, 1);
        if (task !== undefined) buffer.set(task.index, failTask(task, pool.options, `internal error: ${error.message}`));
        spawn();
        dispatch();
        void flush();
      });
      idle.push(worker);
    };
    for (let k = 0; k < size; k++) spawn();
    dispatch();
  }).finally(async () => {
    await Promise.all([...workers].map((w) => w.terminate()));
  });
}
