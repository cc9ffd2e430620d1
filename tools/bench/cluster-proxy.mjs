#!/usr/bin/env node
// The load balancer of `npm run bench:cluster`: a Node reverse proxy (http-proxy 1.18.1) spreading requests round-robin
// over the API instances in `UPSTREAMS` (comma-separated base URLs), on `PORT` (127.0.0.1). Like a production load
// balancer it appends the client's address to X-Forwarded-For (the instances run with TRUST_PROXY=true) and sets
// X-Forwarded-Proto; it has no session affinity: consecutive requests of one client land on different instances.
// A request that cannot reach its instance answers 502. `GET /__proxy/stats` gives the requests sent to each instance.
import http from 'node:http';
import httpProxy from 'http-proxy';

const upstreams = String(process.env['UPSTREAMS'] ?? '')
  .split(',')
  .map((u) => u.trim())
  .filter(Boolean);
const port = Number(process.env['PORT']);
if (!upstreams.length || !Number.isInteger(port)) {
  process.stderr.write('cluster-proxy: set UPSTREAMS (comma-separated base URLs) and PORT\n');
  process.exit(64);
}

// Keep-alive to the instances, as nginx's upstream keepalive: without it every request would open a connection.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const proxy = httpProxy.createProxyServer({ xfwd: true, agent, proxyTimeout: 30_000 });
const sent = upstreams.map(() => 0);
let next = 0;

proxy.on('error', (error, _request, response) => {
  if (response && 'writeHead' in response && !response.headersSent) {
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 502, title: 'Bad Gateway', detail: error.message }));
  } else response?.destroy?.();
});

const server = http.createServer((request, response) => {
  if (request.url === '/__proxy/stats') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ upstreams, sent }));
    return;
  }
  const index = next;
  next = (next + 1) % upstreams.length;
  sent[index] += 1;
  proxy.web(request, response, { target: upstreams[index] });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    agent.destroy();
  });
}
