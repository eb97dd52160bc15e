export { startPodServer, type PodServer, type PodServerOptions, type PodServerBackend } from './start-pod-server.js';
export { findFreePort, assertPortFree, PortInUseError } from './ports.js';
export { createClientCredentials, loginWithClientCredentials, type AccountLogin, type AuthenticatedAgent } from './client-credentials.js';
export { demoMembers, demoGroups, demoEmail, demoSeedConfig, DEMO_PASSWORD, type DemoMember, type DemoGroup } from './demo-network.js';
export { seedDemoNetwork, seedSteps, demoWebId, createSeedContext, type SeedContext, type SeedStep } from './seed-demo-network.js';
export { readSeedState, writeSeedState, type SeedState } from './seed-state.js';
export { startDemoNetwork, type DemoNetwork, type DemoNetworkOptions } from './start-demo-network.js';
export { startDemoStewards, type DemoStewards } from './demo-stewards.js';
