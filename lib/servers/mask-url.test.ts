import { describe, expect, test } from "vitest";
import { hasMaskedParts, maskUrl, maskUrlsInText } from "@/lib/servers/mask-url";

describe("maskUrl", () => {
  test("user-info and secret-looking query values are masked; the rest stays", () => {
    expect(
      maskUrl(
        "https://bob:hunter2@mcp.example.com/mcp?api_key=k1&page=2&access_token=t&sig=s&X-Api-Key=x&q=ok",
      ),
    ).toBe("https://***@mcp.example.com/mcp?api_key=***&page=2&access_token=***&sig=***&X-Api-Key=***&q=ok");
    for (const name of [
      "token",
      "key",
      "apikey",
      "secret",
      "password",
      "auth",
      "signature",
      "client_secret",
      "refresh_token",
    ]) {
      expect(maskUrl(`http://h/mcp?${name}=v`), name).toBe(`http://h/mcp?${name}=***`);
    }
    expect(maskUrl("http://127.0.0.1:8080/mcp?page=2&monkey=1")).toBe(
      "http://127.0.0.1:8080/mcp?page=2&monkey=1",
    );
  });

  test("in free text too, and the mask is recognised when it comes back", () => {
    expect(maskUrlsInText("Connection refused by http://a:b@h/x?token=abc&n=1 (ECONNREFUSED)")).toBe(
      "Connection refused by http://***@h/x?token=***&n=1 (ECONNREFUSED)",
    );
    expect(hasMaskedParts(maskUrl("http://h/mcp?api_key=k"))).toBe(true);
    expect(hasMaskedParts("http://h/mcp?page=2")).toBe(false);
  });
});
