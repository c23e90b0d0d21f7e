import type { NextFunction, Request, Response } from "express";

const page = (
  status: number,
  nb: { title: string; text: string },
  en: { title: string; text: string },
) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${nb.title} – Arbeidsbro</title></head>
<body>
<main><p>Feil ${status}</p><h1>${nb.title}</h1><p>${nb.text}</p><p><a href="/">Til forsiden</a></p>
<section lang="en" aria-labelledby="en-title"><h2 id="en-title">${en.title}</h2><p>${en.text}</p><p><a href="/">To the front page</a></p></section></main>
</body></html>`;

/**
 * Request bodies are capped before the app reads them: a form post here is a few kilobytes, so a
 * larger body is a mistake or an attack. A body must declare its length (browsers always do for
 * forms); Node then reads exactly that many bytes, so the declared length is the real one.
 */
export function bodyLimit(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    // A page can answer before it has read the form (not found, not allowed). The rest of the body
    // is then read and dropped, so the client gets the answer rather than a reset connection;
    // React Router's stream adapter, which would pause the request again, lets go of it first.
    res.on("finish", () => {
      if (req.readableEnded) return;
      req.removeAllListeners("data");
      req.resume();
    });
    const declared = req.headers["content-length"];
    if (declared === undefined) {
      if (!req.headers["transfer-encoding"]) return next();
      refuse(
        req,
        res,
        411,
        page(
          411,
          { title: "Lengden mangler", text: "Skjemaet ble sendt uten oppgitt lengde. Prøv igjen fra nettleseren." },
          {
            title: "Length required",
            text: "The form was sent without a declared length. Please try again from your browser.",
          },
        ),
      );
      return;
    }
    const length = Number(declared);
    if (!Number.isSafeInteger(length) || length < 0) {
      refuse(
        req,
        res,
        400,
        page(
          400,
          { title: "Ugyldig forespørsel", text: "Forespørselen kunne ikke leses." },
          { title: "Bad request", text: "The request could not be read." },
        ),
      );
      return;
    }
    if (length > maxBytes) {
      const mb = Math.round(maxBytes / 1024 / 1024);
      refuse(
        req,
        res,
        413,
        page(
          413,
          {
            title: "For mye innhold",
            text: `Det du sendte er større enn ${mb} MB, som er det største et skjema her kan ta imot. Kort ned teksten og prøv igjen.`,
          },
          {
            title: "Too much content",
            text: `What you sent is larger than ${mb} MB, the most a form here accepts. Shorten the text and try again.`,
          },
        ),
      );
      return;
    }
    next();
  };
}

/** A body larger than this is not read to its end before the connection is closed. */
const MAX_DRAIN_BYTES = 16 * 1024 * 1024;

function refuse(req: Request, res: Response, status: number, html: string): void {
  // The unread body would otherwise be parsed as the next request on this connection: close it.
  res.setHeader("Connection", "close");
  // Read (and drop) what the client is still sending, so it receives the page instead of a reset
  // connection; a body far beyond any form is cut off instead.
  if (Number(req.headers["content-length"] ?? 0) <= MAX_DRAIN_BYTES) req.resume();
  else res.on("finish", () => req.destroy());
  res.status(status).type("html").send(html);
}
