package nnfs.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The row of shared's settings table an option stands for: its default and its range come from there. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface TableKey {
    String value();
}
