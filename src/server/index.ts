// The HTTP API and dashboard server.
export { createApp, type AppOptions } from './app.js';
export { startServer, type ServeOptions, type RunningServer } from './serve.js';
export { openApiDocument } from './openapi.js';
export { CONTENT_SECURITY_POLICY } from './security.js';
