/**
 * The GraphQL of the dossier import page (docs/dossier-import.md): the template, the import of a file
 * (base64 in the request), its progress, its rejected rows and their report, and the recent imports.
 */
import type { DossierImportQuery, DossierImportsQuery } from "../../graphql/generated/graphql.ts";
import { graphql } from "../../graphql/generated/index.ts";

graphql(`
  fragment DossierImportFields on DossierImport {
    id
    fileName
    status
    total
    processed
    imported
    duplicates
    rejected
    failure
    createdAt
    finishedAt
  }
`);

export const DOSSIER_IMPORTS_QUERY = graphql(`
  query DossierImports($first: Int, $offset: Int) {
    dossierImports(first: $first, offset: $offset) {
      total
      items {
        ...DossierImportFields
      }
    }
  }
`);
export type DossierImportRow = DossierImportsQuery["dossierImports"]["items"][number];

export const DOSSIER_IMPORT_QUERY = graphql(`
  query DossierImport($id: ID!) {
    dossierImport(id: $id) {
      ...DossierImportFields
    }
  }
`);
export type DossierImport = DossierImportQuery["dossierImport"];

/** Rejected rows per page; the server pages them. */
export const REJECTIONS_PAGE_SIZE = 20;

export const DOSSIER_REJECTIONS_QUERY = graphql(`
  query DossierImportRejections($importId: ID!, $first: Int, $offset: Int) {
    dossierImportRejections(importId: $importId, first: $first, offset: $offset) {
      total
      items {
        row
        cells
        reason
      }
    }
  }
`);

export const DOSSIER_REJECTION_REPORT = graphql(`
  query DossierImportRejectionReport($importId: ID!) {
    dossierImportRejectionReport(importId: $importId) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const DOSSIER_TEMPLATE = graphql(`
  query DossierImportTemplate($format: DossierTemplateFormat!) {
    dossierImportTemplate(format: $format) {
      fileName
      contentType
      contentBase64
    }
  }
`);

export const IMPORT_DOSSIER_FILE = graphql(`
  mutation ImportDossierFile($fileName: String!, $contentBase64: String!) {
    importDossierFile(fileName: $fileName, contentBase64: $contentBase64) {
      ...DossierImportFields
    }
  }
`);

/** The gateway's body limit (2 MiB) bounds a base64 file to about 1.4 MiB (docs/dossier-import.md). */
export const MAX_FILE_BYTES = 1_400_000;

/** A file the server sent base64-encoded, as a Blob to save. */
export function blobOf(file: { contentType: string; contentBase64: string }): Blob {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: file.contentType });
}

/** A picked file's content, base64-encoded (FileReader's data URL without its prefix). */
export function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}
