/**
 * Structured logs (pino) to stderr, so that CLI stdout stays clean for JSON output.
 * Server code logs unexpected errors here with the request id; users see a generic message.
 */
import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({ level: env.LOG_LEVEL, base: { app: "pointwise" } }, pino.destination(2));
