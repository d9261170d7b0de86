/** Figures, targets and settings, rendered as Markdown and as JSON. */
package cn.procuratorate.evidence.benchmark.report;
