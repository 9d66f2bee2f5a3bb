import { describe, expect, it } from "vitest";
import {
  isMaskedEvent,
  readServerPrivacyDefault,
  readToolPrivacy,
} from "@/lib/client/privacy/privacy-of-view";

const declaration = {
  purposes: ["marketing"],
  categories: ["contact"],
  identifyingArguments: [],
  requiresSubject: false,
};

describe("readToolPrivacy", () => {
  it("reads the effective declaration and its source", () => {
    expect(readToolPrivacy({ privacy: { declaration, source: "server" } })).toEqual({
      declaration,
      source: "server",
    });
    expect(readToolPrivacy({ privacy: { declaration, source: "tool" } }).source).toBe("tool");
  });

  it("reads a missing or malformed field as undeclared", () => {
    const none = { declaration: null, source: null };
    expect(readToolPrivacy({})).toEqual(none);
    expect(readToolPrivacy({ privacy: null })).toEqual(none);
    expect(readToolPrivacy({ privacy: { declaration: { purposes: "marketing" }, source: "tool" } })).toEqual(
      none,
    );
  });
});

describe("readServerPrivacyDefault", () => {
  it("reads the server's default declaration", () => {
    expect(readServerPrivacyDefault({ privacyDefault: declaration })).toEqual(declaration);
    expect(readServerPrivacyDefault({ privacyDefault: null })).toBeNull();
    expect(readServerPrivacyDefault({})).toBeNull();
  });
});

describe("isMaskedEvent", () => {
  it("is true only when the event says so", () => {
    expect(isMaskedEvent({ masked: true })).toBe(true);
    expect(isMaskedEvent({ masked: false })).toBe(false);
    expect(isMaskedEvent({ masked: "yes" })).toBe(false);
    expect(isMaskedEvent({})).toBe(false);
  });
});
