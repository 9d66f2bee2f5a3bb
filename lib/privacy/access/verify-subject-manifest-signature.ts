import { verifyDetachedSignature, type SignatureCheck } from "@/lib/crypto/verify-detached-signature";
import {
  subjectManifestSigningBytes,
  type SubjectExportManifest,
} from "@/lib/privacy/access/subject-export-manifest";

/** Checks the signature with the public key the manifest carries, as audit export manifests are checked. */
export function verifySubjectManifestSignature(manifest: SubjectExportManifest): SignatureCheck {
  return verifyDetachedSignature(manifest.signature, subjectManifestSigningBytes(manifest), "manifest");
}
