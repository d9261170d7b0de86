/**
 * Streaming {@code multipart/form-data}: the request body is read part by part straight from the
 * socket (commons-fileupload2), so a file of any size passes through in constant memory and is
 * never written to a temporary file. Text fields must come before the file part; as in S3's POST
 * uploads, parts after the file are ignored.
 */
package cn.procuratorate.evidence.node.multipart;
