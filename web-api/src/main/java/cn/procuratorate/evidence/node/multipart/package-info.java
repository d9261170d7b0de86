/**
 * Streamed upload bodies, read straight from the socket so that a file of any size passes through
 * in constant memory and is never written to a temporary file. Two forms: {@code
 * multipart/form-data} read part by part (commons-fileupload2), text fields before the file part
 * and, as in S3's POST uploads, parts after it ignored; or the file as the whole body with its
 * text fields in the query string, which spares the byte-by-byte boundary scan. Both check their
 * text fields the same way (known names, once each, short).
 */
package cn.procuratorate.evidence.node.multipart;
