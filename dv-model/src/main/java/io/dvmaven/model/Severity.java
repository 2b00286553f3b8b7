package io.dvmaven.model;

/** How much a finding matters: errors fail the build, warnings are reported, info is only logged. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
