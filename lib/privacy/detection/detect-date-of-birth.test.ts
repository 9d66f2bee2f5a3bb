import { describe, expect, it } from "vitest";
import { dateOfBirthDetector } from "@/lib/privacy/detection/detect-date-of-birth";
import { valuesFoundBy } from "@/tests/helpers/detector-values";

const found = (text: string) => valuesFoundBy(dateOfBirthDetector, text);

describe("dateOfBirthDetector", () => {
  it("finds dates in each written form next to a keyword", () => {
    expect(found("Date of birth: 1990-01-31")).toEqual(["1990-01-31"]);
    expect(found("DOB 31/01/1990")).toEqual(["31/01/1990"]);
    expect(found("dob: 01/31/1990")).toEqual(["01/31/1990"]);
    expect(found("She was born on 31 January 1990 in Leeds")).toEqual(["31 January 1990"]);
    expect(found("Birthday: January 31, 1990")).toEqual(["January 31, 1990"]);
    expect(found('{"birthdate":"1985-07-04"}')).toEqual(["1985-07-04"]);
    expect(found("geboren am 31.01.1990")).toEqual(["31.01.1990"]);
    expect(found("1990-01-31 (date of birth)")).toEqual(["1990-01-31"]);
  });

  it("reads field names as keywords", () => {
    expect(found('{"dateOfBirth":"1990-01-31"}')).toEqual(["1990-01-31"]);
    expect(found('{"date_of_birth": "31/01/1990"}')).toEqual(["31/01/1990"]);
    expect(found("birth_date=1985-07-04")).toEqual(["1985-07-04"]);
    expect(found("customerDOB: 1985-07-04")).toEqual(["1985-07-04"]);
    expect(found("customerDob: 1985-07-04")).toEqual(["1985-07-04"]);
  });

  it("does not find dates that are not near a keyword", () => {
    expect(found("Shipped 2024-01-31, invoice dated 31 January 2024, due 02/28/2024.")).toEqual([]);
    expect(found(`Born in Leeds. ${"x".repeat(60)} The order was placed on 2024-01-31.`)).toEqual([]);
  });

  it("takes only the date closest to the keyword", () => {
    expect(found("born 31 January 1990, joined 2024-01-31")).toEqual(["31 January 1990"]);
  });

  it("does not find impossible dates or implausible years", () => {
    expect(found("DOB 1990-02-30, birth 31/31/1990, born 1700-01-01, dob 32 January 1990")).toEqual([]);
  });

  it("does not take a keyword inside another word", () => {
    expect(found("reborn 1990-01-31 and stubborn 1990-01-31")).toEqual([]);
    expect(found("dobby 1990-01-31, unborn 1990-01-31, Borne 1990-01-31")).toEqual([]);
  });
});
