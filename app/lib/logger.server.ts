import pino, { type LoggerOptions } from "pino";
import { env } from "./env.server";

/**
 * Structured logs. Never log personal data: ids and codes only. The redact list is a safety
 * net for fields that must not leave the process even by mistake.
 */
export const redactOptions: LoggerOptions["redact"] = {
  paths: [
    "password",
    "*.password",
    "passwordHash",
    "*.passwordHash",
    "token",
    "*.token",
    "email",
    "*.email",
    "phone",
    "*.phone",
    "name",
    "*.name",
    "req.headers.cookie",
  ],
  censor: "[redacted]",
};

export const logger = pino({
  level: process.env.NODE_ENV === "test" && !process.env.LOG_LEVEL ? "silent" : env().LOG_LEVEL,
  redact: redactOptions,
});
