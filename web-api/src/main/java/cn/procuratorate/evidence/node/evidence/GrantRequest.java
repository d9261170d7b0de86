package cn.procuratorate.evidence.node.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param agency the grantee, by short name ({@code procuratorate}) or MSP id */
public record GrantRequest(@NotBlank @Size(max = 64) String agency) {}
