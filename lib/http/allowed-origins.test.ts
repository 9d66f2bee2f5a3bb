import { expect, test } from "vitest";
import { allowedOriginsFor } from "@/lib/http/allowed-origins";

test("a loopback PUBLIC_URL allows its aliases on the same scheme and port, nothing else", () => {
  const origins = allowedOriginsFor(new URL("http://localhost:3000"), []);
  expect([...origins].sort()).toEqual([
    "http://127.0.0.1:3000",
    "http://[::1]:3000",
    "http://localhost:3000",
  ]);
  expect(origins.has("http://localhost:3001")).toBe(false);
  expect(origins.has("https://localhost:3000")).toBe(false);
  expect(origins.has("http://localhost.evil.example:3000")).toBe(false);
});

test("aliases also from 127.0.0.1 and [::1], and without a port", () => {
  expect(allowedOriginsFor(new URL("http://127.0.0.1:3100/"), []).has("http://localhost:3100")).toBe(true);
  expect(allowedOriginsFor(new URL("http://[::1]:3100"), []).has("http://127.0.0.1:3100")).toBe(true);
  expect(allowedOriginsFor(new URL("http://localhost"), []).has("http://127.0.0.1")).toBe(true);
});

test("a public PUBLIC_URL allows itself and ALLOWED_ORIGINS only", () => {
  const origins = allowedOriginsFor(new URL("https://gatehouse.example.com/console"), [
    "https://ops.example.com",
  ]);
  expect([...origins].sort()).toEqual(["https://gatehouse.example.com", "https://ops.example.com"]);
});
