// The declaration in force for a catalog entry, prepared once per catalog load so that a call
// only reads it: argument paths are split, and an empty declaration is no declaration at all.
import { isEmptyDeclaration, type PrivacyDeclaration } from "@/lib/privacy/declarations/privacy-declaration";

export type CatalogPrivacy = PrivacyDeclaration & {
  /** identifyingArguments split at the dots: ["customer", "email"] */
  identifyingPaths: readonly (readonly string[])[];
};

export function toCatalogPrivacy(declaration: PrivacyDeclaration | null): CatalogPrivacy | null {
  if (!declaration || isEmptyDeclaration(declaration)) return null;
  return {
    ...declaration,
    identifyingPaths: declaration.identifyingArguments.map((path) => path.split(".")),
  };
}
