package ml.jigi.file;

import java.util.List;

/**
 * Where a feature refers to stored files, as table.column names: a file is deleted only when no
 * column of any feature names it any more. Each feature that keeps files contributes a bean.
 */
public interface FileReferences {

    /** The columns holding file ids, as "table.column". */
    List<String> columns();
}
