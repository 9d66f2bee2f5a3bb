import { describe, expect, test } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const baseUrl = "http://localhost:3000";
const to = (url: string) => safeCallbackUrl({ url, baseUrl });

describe("safeCallbackUrl", () => {
  test("paths and URLs of this origin are kept", () => {
    expect(to("/audit?category=auth")).toBe("http://localhost:3000/audit?category=auth");
    expect(to("http://localhost:3000/servers")).toBe("http://localhost:3000/servers");
  });

  test("other origins, protocol-relative and backslash tricks go to the base URL", () => {
    for (const url of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "http://localhost:3000@evil.example/",
      "javascript:alert(1)",
    ]) {
      expect(to(url), url).toBe(baseUrl);
    }
  });

  test("text that is not a URL goes to the base URL instead of throwing", () => {
    for (const url of [
      "http://localhost:3300.evil.example/",
      "http://[::1",
      "http://%zz",
      "http://\uD800/",
    ]) {
      expect(to(url), url).toBe(baseUrl);
    }
  });
});
