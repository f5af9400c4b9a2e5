package io.kfp4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors (exit {@link ExitCodes#USAGE}): the message, suggestions for a mistyped name, the synopsis of the
 * command and where to get its full help, all on stderr. The full help is not dumped; it would hide the message.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (ex instanceof MissingParameterException && !cmd.getUnmatchedArguments().isEmpty()) {
      // picocli checks required parameters first; the unknown option is usually the real mistake
      err.println("kfp4j: Unknown option or argument: '" + String.join("', '", cmd.getUnmatchedArguments()) + "'");
    }
    err.println("kfp4j: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.print(cmd.getHelp().fullSynopsis());
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
