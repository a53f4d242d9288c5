// The optimizer's worker thread starts here. Workers do not inherit the tsx loader the CLI registers on the
// main thread, so this plain-JavaScript entry registers it and then loads the TypeScript worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
