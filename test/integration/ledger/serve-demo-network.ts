// Runs the file-backed demo network in its own process, so a test can kill it (SIGKILL) mid-run.
// Usage: node --import tsx serve-demo-network.ts <port> <data folder>
import { startDemoNetwork } from '../../../pod-server/src/index.js';

const [port, dataDir] = process.argv.slice(2);
await startDemoNetwork({ port: Number(port), backend: 'file', dataDir, loopbackOnly: true, loggingLevel: 'error' });
console.log('READY');
