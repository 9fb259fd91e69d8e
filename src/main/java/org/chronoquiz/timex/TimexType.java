package org.chronoquiz.timex;

/** TimeML TIMEX3 types. */
public enum TimexType { DATE, TIME, DURATION, SET }
