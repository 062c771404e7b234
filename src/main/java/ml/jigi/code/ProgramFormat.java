package ml.jigi.code;

import ml.jigi.code.ProgramFormat;
public enum ProgramFormat {
    in_person, remote, hybrid
}
