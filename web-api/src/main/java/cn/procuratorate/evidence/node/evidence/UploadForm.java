package cn.procuratorate.evidence.node.evidence;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The multipart form of an upload, for the OpenAPI document only: the node reads the body as a
 * stream, fields first, then the file.
 */
@Schema(description = "Text fields first, the file part last (parts after the file are ignored).")
public record UploadForm(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "CASE-2025-0117",
        description = "the agency's case reference, 1-64 of [A-Za-z0-9._-]")
        String caseRef,
    @Schema(description = "kept in this node only; its digest goes on the ledger", maxLength = 200)
        String title,
    @Schema(description = "kept in this node only; its digest goes on the ledger", maxLength = 2000)
        String description,
    @Schema(description = "overrides the file part's Content-Type", example = "application/pdf")
        String mediaType,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "string", format = "binary")
        String file) {}
