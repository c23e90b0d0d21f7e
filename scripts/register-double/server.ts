import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { RegisterDouble, type RegisterName } from "~/domain/registers/double";

/**
 * The public registers' test double over HTTP, for the demo and the end-to-end tests (neither
 * register can be reached from these machines). Same request and response shapes as the real
 * services (app/domain/registers/parse.ts names them):
 *   GET /enhetsregisteret/api/enheter/{orgnr}   Enhetsregisteret (BRREG_URL = <double>/enhetsregisteret/api/enheter)
 *   GET /renholdsregisteret/api/virksomheter/{orgnr}   Renholdsregisteret (RENHOLD_URL = <double>/renholdsregisteret/api/virksomheter)
 * Control (JSON bodies):
 *   POST /__double/enheter/{orgnr}   { konkurs?, underAvvikling?, slettedato?, navn?, … }
 *   POST /__double/renhold/{orgnr}   { "Status": "Godkjent" | "Ikke godkjent" | null }
 *   POST /__double/down?register=enhetsregisteret|renholdsregisteret   (answers 503 until /__double/up)
 *   POST /__double/up?register=…     POST /__double/reset
 */
export function startRegisterDouble(options: { port: number; host?: string }) {
  const host = options.host ?? "127.0.0.1";
  const double = new RegisterDouble();
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json;charset=UTF-8" });
    res.end(JSON.stringify(body));
  };
  const readBody = (req: http.IncomingMessage) =>
    new Promise<Record<string, unknown>>((resolve) => {
      let raw = "";
      req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      req.on("end", () => {
        try {
          const parsed: unknown = raw ? JSON.parse(raw) : {};
          resolve(typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {});
        } catch {
          resolve({});
        }
      });
    });
  const registerParam = (url: URL): RegisterName =>
    url.searchParams.get("register") === "renholdsregisteret" ? "renholdsregisteret" : "enhetsregisteret";

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://double");
      const parts = url.pathname.split("/").filter(Boolean);
      if (req.method === "GET" && url.pathname.startsWith("/enhetsregisteret/api/enheter/") && parts[3]) {
        const a = double.entityAnswer(decodeURIComponent(parts[3]));
        return json(res, a.status, a.body);
      }
      if (req.method === "GET" && url.pathname.startsWith("/renholdsregisteret/api/virksomheter/") && parts[3]) {
        const a = double.cleaningAnswer(decodeURIComponent(parts[3]));
        return json(res, a.status, a.body);
      }
      if (req.method === "POST" && parts[0] === "__double") {
        if (parts[1] === "enheter" && parts[2]) double.setEntity(parts[2], await readBody(req));
        else if (parts[1] === "renhold" && parts[2]) {
          const status = (await readBody(req)).Status;
          double.setCleaning(parts[2], typeof status === "string" ? status : null);
        } else if (parts[1] === "down") double.setDown(registerParam(url), true);
        else if (parts[1] === "up") double.setDown(registerParam(url), false);
        else if (parts[1] === "reset") double.reset();
        else return json(res, 404, { message: "unknown control" });
        return json(res, 200, { ok: true });
      }
      return json(res, 404, { message: `no such resource: ${url.pathname}` });
    })().catch((err: unknown) => json(res, 500, { message: String(err) }));
  });
  return new Promise<{ url: string; brregUrl: string; renholdUrl: string; close: () => Promise<void> }>((resolve) => {
    server.listen(options.port, host, () => {
      const base = `http://${host}:${(server.address() as AddressInfo).port}`;
      resolve({
        url: base,
        brregUrl: `${base}/enhetsregisteret/api/enheter`,
        renholdUrl: `${base}/renholdsregisteret/api/virksomheter`,
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

// Standalone: `tsx scripts/register-double/server.ts` (the demo starts it this way).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const double = await startRegisterDouble({ port: Number(process.env.REGISTER_DOUBLE_PORT ?? 12112) });
  console.log(`Register test double on ${double.url}`);
}
