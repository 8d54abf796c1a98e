// A tile server that is down: slow, then 503 for every tile. For the e2e test of the
// opt-in tile layer's fallback to the built-in basemap. Usage: node failing-tile-server.mjs PORT
import http from "node:http";

const port = Number(process.argv[2] ?? 3199);
http
  .createServer((request, response) => {
    if (request.url === "/health") {
      response.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      return;
    }
    setTimeout(() => response.writeHead(503, { "Content-Type": "text/plain" }).end("tile server unavailable"), 300);
  })
  .listen(port, "127.0.0.1", () => console.log(`failing tile server on http://127.0.0.1:${port}`));
