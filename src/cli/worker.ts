/**
 * The worker thread of `--jobs`: reads, parses and formats the inputs the
 * main thread hands it, one at a time, and posts each formatted chunk back.
 * Built by tsup as dist/cli-worker.js beside dist/cli.js.
 */
import { parentPort, workerData } from "node:worker_threads";
import { runTask, type Task, type TaskOptions } from "./task.js";

const options = workerData as TaskOptions;
const port = parentPort;
if (port === null) throw new Error("newsfacts: cli-worker must run in a worker thread");
port.on("message", (task: Task) => {
  void runTask(task, options).then((result) => port.postMessage(result));
});
