import path from "node:path";
import { describe, expect, test } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

function errorOf(source: Record<string, string | undefined>): EnvError {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error;
    throw error;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe("parseEnv: defaults", () => {
  test("an empty environment gives the documented defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      DATABASE_URL: "file:./data/gatehouse.db",
      isPostgres: false,
      MAX_BODY_BYTES: 1024 * 1024,
      SIGNIN_MAX_FAILURES_PER_ACCOUNT: 5,
      SIGNIN_MAX_FAILURES_PER_IP: 20,
      SIGNIN_LOCKOUT_SECONDS: 900,
      SEED_DEMO: true,
      OIDC_ROLES_CLAIM: "roles",
    });
    expect(env.publicUrl.toString()).toBe("http://localhost:3000/");
    expect(env.dataDir).toBe(path.resolve("data"));
    expect(env.GATEHOUSE_SECRET).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
  });

  test("empty strings count as unset", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "", GATEHOUSE_SECRET: "", REDIS_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe("file:./data/gatehouse.db");
    expect(env.GATEHOUSE_SECRET).toBeUndefined();
  });
});

describe("parseEnv: accepted values", () => {
  test("postgresql:// and postgres:// select PostgreSQL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u@db:5432/gatehouse" }).isPostgres).toBe(true);
    expect(parseEnv({ DATABASE_URL: "postgres://u@db/gatehouse" }).isPostgres).toBe(true);
    expect(parseEnv({ DATABASE_URL: "file:/var/lib/gatehouse.db" }).isPostgres).toBe(false);
  });

  test("numbers are coerced and PORT feeds the default public URL", () => {
    const env = parseEnv({ PORT: "8080", MAX_BODY_BYTES: "2048", SIGNIN_LOCKOUT_SECONDS: "2" });
    expect(env.PORT).toBe(8080);
    expect(env.MAX_BODY_BYTES).toBe(2048);
    expect(env.SIGNIN_LOCKOUT_SECONDS).toBe(2);
    expect(env.publicUrl.origin).toBe("http://localhost:8080");
  });

  test("PUBLIC_URL wins over PORT for the public URL", () => {
    expect(parseEnv({ PORT: "8080", PUBLIC_URL: "https://gatehouse.example.com" }).publicUrl.origin).toBe(
      "https://gatehouse.example.com",
    );
  });

  test.each([
    ["true", true],
    ["1", true],
    ["yes", true],
    ["false", false],
    ["0", false],
    ["no", false],
  ])("SEED_DEMO=%s -> %s", (value, expected) => {
    expect(parseEnv({ SEED_DEMO: value }).SEED_DEMO).toBe(expected);
  });

  test("OIDC settings are accepted when all three are set", () => {
    const env = parseEnv({
      OIDC_ISSUER: "https://idp.example.com/realms/x",
      OIDC_CLIENT_ID: "gatehouse",
      OIDC_CLIENT_SECRET: "s3cret",
    });
    expect(env.OIDC_CLIENT_ID).toBe("gatehouse");
  });
});

describe("parseEnv: a bad value is one line naming the variable", () => {
  test.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "0"],
    ["NODE_ENV", "staging"],
    ["DATABASE_URL", "mysql://root@localhost/gatehouse"],
    ["DATABASE_URL", "./data/gatehouse.db"],
    ["PUBLIC_URL", "gatehouse.example.com"],
    ["GATEHOUSE_SECRET", "too-short"],
    ["ADMIN_EMAIL", "admin"],
    ["ADMIN_PASSWORD", "short"],
    ["OIDC_ISSUER", "not a url"],
    ["REDIS_URL", "http://127.0.0.1:6379"],
    ["MAX_BODY_BYTES", "100"],
    ["MAX_BODY_BYTES", "1.5"],
    ["SIGNIN_MAX_FAILURES_PER_ACCOUNT", "0"],
    ["SIGNIN_MAX_FAILURES_PER_IP", "-1"],
    ["SIGNIN_LOCKOUT_SECONDS", "soon"],
    ["SESSION_MAX_AGE_SECONDS", "30"],
    ["SEED_DEMO", "maybe"],
  ])("%s=%j", (name, value) => {
    const error = errorOf({ [name]: value });
    expect(error.message).toMatch(new RegExp(`^Invalid environment variable ${name}: \\S`));
    expect(error.message).not.toContain("\n");
  });

  test("the message explains what is wanted", () => {
    expect(errorOf({ DATABASE_URL: "mysql://x" }).message).toBe(
      "Invalid environment variable DATABASE_URL: must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    );
    expect(errorOf({ GATEHOUSE_SECRET: "x".repeat(31) }).message).toContain("at least 32 characters");
    expect(errorOf({ REDIS_URL: "localhost:6379" }).message).toContain("redis://");
  });

  test("secrets are not repeated in the message", () => {
    const secret = "short-but-secret-value";
    expect(errorOf({ GATEHOUSE_SECRET: secret }).message).not.toContain(secret);
    expect(errorOf({ ADMIN_PASSWORD: "hunter2" }).message).not.toContain("hunter2");
  });

  test("OIDC settings must come together", () => {
    const message = errorOf({ OIDC_ISSUER: "https://idp.example.com", OIDC_CLIENT_ID: "gatehouse" }).message;
    expect(message).toMatch(/^Invalid environment variable OIDC_ISSUER: /);
    expect(message).toContain("OIDC_CLIENT_SECRET");
  });

  test("with several bad variables, one of them is named", () => {
    expect(errorOf({ PORT: "x", REDIS_URL: "y" }).message).toMatch(
      /^Invalid environment variable (PORT|REDIS_URL): /,
    );
  });
});

describe("parseEnv: client addresses and origins", () => {
  test("TRUSTED_PROXIES is a hop count or CIDRs; ALLOWED_ORIGINS a list of origins", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual({ kind: "none" });
    expect(parseEnv({ TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8,::1" }).TRUSTED_PROXIES.kind).toBe("ranges");
    expect(parseEnv({}).ALLOWED_ORIGINS).toEqual([]);
    expect(parseEnv({ ALLOWED_ORIGINS: "https://a.example, http://b.example:8080" }).ALLOWED_ORIGINS).toEqual(
      ["https://a.example", "http://b.example:8080"],
    );
  });

  test.each([
    ["TRUSTED_PROXIES", "proxy.internal"],
    ["TRUSTED_PROXIES", "10.0.0.0/40"],
    ["ALLOWED_ORIGINS", "https://a.example/path"],
    ["ALLOWED_ORIGINS", "a.example"],
  ])("%s=%j is refused with one line", (name, value) => {
    expect(errorOf({ [name]: value }).message).toMatch(
      new RegExp(`^Invalid environment variable ${name}: [^\\n]+$`),
    );
  });
});
