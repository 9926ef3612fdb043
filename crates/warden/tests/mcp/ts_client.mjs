// The agent's side with the official TypeScript SDK (@modelcontextprotocol/sdk, installed with
// server-everything by scripts/test-deps.sh): streamable HTTP to Warden's /mcp with a bearer
// token, then `tools/list` and one `tools/call`.
//
//   NODE_PATH=.node-test/node_modules node ts_client.mjs URL TOKEN TOOL ARGUMENTS_JSON
//
// Prints one JSON line: the negotiated revision, the tool names and the call's result.

import { load } from '../node_path.mjs';
const { Client } = await load('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = await load('@modelcontextprotocol/sdk/client/streamableHttp.js');

const [url, token, tool, args] = process.argv.slice(2);
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const client = new Client({ name: 'warden-ts-test', version: '1.0.0' });
await client.connect(transport);
const tools = await client.listTools();
const result = await client.callTool({ name: tool, arguments: JSON.parse(args) });
console.log(JSON.stringify({
  era: transport.protocolVersion ?? null,
  server: client.getServerVersion()?.name ?? null,
  tools: tools.tools.map((t) => t.name),
  result,
}));
await client.close();
