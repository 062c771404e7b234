package ml.jigi.program;

public enum ProgramFormat {
    in_person, remote, hybrid
}
