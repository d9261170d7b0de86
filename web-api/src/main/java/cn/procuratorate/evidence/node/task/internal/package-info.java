/** What each decision task accepts from a client, checked before the engine sees it. */
package cn.procuratorate.evidence.node.task.internal;
