#include "cli/shell.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "base/did_you_mean.hpp"
#include "chronograph/version.hpp"
#include "cli/commands.hpp"

namespace chronograph::cli {

namespace {

// One option as the scripts and the page need it.
struct OptionText {
  std::vector<std::string> flags;  // "-o", "--output"
  std::string value;               // "" for a flag, else what it takes ("FILE", "VIEW")
  std::vector<std::string> choices;
  std::string description;
};

struct CommandText {
  std::string name;
  std::string description;
  std::vector<OptionText> options;
  std::vector<std::pair<std::string, std::string>> positionals;  // name, description
  std::vector<std::string> words;  // what a word that is no option may be; empty: a file
};

// The choices CLI11's IsMember check shows in the type name: "TEXT:{svg,dot,json}".
std::vector<std::string> choices_of(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const std::size_t open = type.find('{');
  const std::size_t close = type.find('}', open);
  std::vector<std::string> choices;
  if (open == std::string::npos || close == std::string::npos) return choices;
  std::string_view list(type.data() + open + 1, close - open - 1);
  while (!list.empty()) {
    const std::size_t comma = std::min(list.find(','), list.size());
    choices.emplace_back(list.substr(0, comma));
    list.remove_prefix(std::min(comma + 1, list.size()));
  }
  return choices;
}

CommandText describe(const CLI::App& app) {
  CommandText command{app.get_name(), app.get_description(), {}, {}};
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_positional()) {
      command.positionals.emplace_back(option->get_name(), option->get_description());
      if (command.positionals.size() == 1) command.words = choices_of(*option);
      continue;
    }
    OptionText text;
    for (const std::string& name : option->get_snames()) text.flags.push_back("-" + name);
    for (const std::string& name : option->get_lnames()) text.flags.push_back("--" + name);
    if (option->get_expected_max() != 0) {
      text.value = option->get_lnames().empty() ? "VALUE" : option->get_lnames().front();
      for (char& c : text.value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    text.choices = choices_of(*option);
    text.description = option->get_description();
    command.options.push_back(std::move(text));
  }
  return command;
}

std::vector<CommandText> commands_of(const CLI::App& app) {
  std::vector<CommandText> commands;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    commands.push_back(describe(*sub));
  return commands;
}

// A description short enough for the one-line hints shells show: up to the first "; ", and no
// longer than a line, cut before a parenthesis or at a word.
std::string brief(const std::string& description) {
  constexpr std::size_t width = 72;
  std::string text = description.substr(0, description.find("; "));
  if (text.size() <= width) return text;
  std::size_t cut = text.rfind(" (", width);
  if (cut == std::string::npos || cut < width / 2) cut = text.rfind(' ', width);
  return text.substr(0, cut);
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : std::string(separator)) + word;
  return out;
}

// Inside shell single quotes ('it'\''s').
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string bash_case(const CommandText& command) {
  std::string words;
  std::string out;
  for (const OptionText& option : command.options) {
    words += (words.empty() ? "" : " ") + joined(option.flags);
    if (option.value.empty()) continue;
    out += fmt::format("        {})\n", joined(option.flags, "|"));
    out += option.choices.empty()
               ? "          COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
               : fmt::format("          COMPREPLY=($(compgen -W {} -- \"$cur\")); return ;;\n",
                             single_quoted(joined(option.choices)));
  }
  const std::string otherwise =
      command.words.empty() ? std::string("-f") : "-W " + single_quoted(joined(command.words));
  return fmt::format(
      "      case $prev in\n{}      esac\n"
      "      if [[ $cur == -* ]]; then\n"
      "        COMPREPLY=($(compgen -W {} -- \"$cur\"))\n"
      "      else\n"
      "        COMPREPLY=($(compgen {} -- \"$cur\"))\n"
      "      fi\n",
      out, single_quoted(words), otherwise);
}

std::string bash_script(const CLI::App& app) {
  const std::vector<CommandText> commands = commands_of(app);
  std::vector<std::string> names;
  for (const CommandText& command : commands) names.push_back(command.name);
  CommandText top = describe(app);
  top.words = names;
  std::string out =
      "# bash completion for chronograph; generated by `chronograph completion bash`\n"
      "_chronograph() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= i\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${COMP_WORDS[i]} in\n" +
      fmt::format("      {}) command=${{COMP_WORDS[i]}}; break ;;\n", joined(names, "|")) +
      "    esac\n"
      "  done\n"
      "  case $command in\n"
      "    '')\n" +
      bash_case(top) + "      ;;\n";
  for (const CommandText& command : commands)
    out += fmt::format("    {})\n{}      ;;\n", command.name, bash_case(command));
  return out +
         "  esac\n"
         "}\n"
         "complete -o filenames -F _chronograph chronograph\n";
}

// Inside a zsh _arguments description: brackets and colons are syntax there.
std::string zsh_text(const std::string& text) {
  std::string out;
  for (const char c : brief(text)) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string zsh_arguments(const CommandText& command, std::string_view indent) {
  std::string out;
  for (const OptionText& option : command.options) {
    std::string action;
    if (!option.value.empty())
      action = option.choices.empty()
                   ? fmt::format(":{}:_files", option.value)
                   : fmt::format(":{}:({})", option.value, joined(option.choices));
    const std::string exclusive =
        option.flags.size() > 1 ? fmt::format("({})", joined(option.flags)) : std::string{};
    // A value after '=' or in the next word; a short option's also right after it.
    for (const std::string& flag : option.flags) {
      const std::string_view joiner = option.value.empty()     ? ""
                                      : flag.starts_with("--") ? "="
                                                               : "+";
      out += fmt::format(" \\\n{}{}", indent,
                         single_quoted(exclusive + flag + std::string(joiner) + "[" +
                                       zsh_text(option.description) + "]" + action));
    }
  }
  for (std::size_t i = 0; i < command.positionals.size(); ++i) {
    const std::string values =
        i == 0 && !command.words.empty() ? "(" + joined(command.words) + ")" : "_files";
    out += fmt::format(
        " \\\n{}{}", indent,
        single_quoted(fmt::format("{}:{}:{}", i + 1, command.positionals[i].first, values)));
  }
  return out;
}

std::string zsh_script(const CLI::App& app) {
  std::string out =
      "#compdef chronograph\n"
      "# zsh completion for chronograph; generated by `chronograph completion zsh`\n"
      "_chronograph() {\n"
      "  local context state state_descr line\n"
      "  local -a commands\n"
      "  commands=(\n";
  const std::vector<CommandText> commands = commands_of(app);
  for (const CommandText& command : commands)
    out += "    " + single_quoted(command.name + ":" + brief(command.description)) + "\n";
  out += "  )\n  _arguments -C" + zsh_arguments(describe(app), "    ") +
         " \\\n    '1: :->command' \\\n    '*:: :->args' && return\n"
         "  case $state in\n"
         "    command) _describe command commands ;;\n"
         "    args)\n"
         "      case $words[1] in\n";
  for (const CommandText& command : commands)
    out += fmt::format("        {}) _arguments{} ;;\n", command.name,
                       zsh_arguments(command, "            "));
  return out +
         "      esac ;;\n"
         "  esac\n"
         "}\n"
         "_chronograph \"$@\"\n";
}

// fish reads \' and \\ as escapes inside single quotes.
std::string fish_quoted(std::string_view text) {
  std::string out = "'";
  for (const char c : text) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string fish_options(const CommandText& command, const std::string& condition) {
  std::string out;
  for (const OptionText& option : command.options) {
    out += "complete -c chronograph -n " + condition;
    for (const std::string& flag : option.flags)
      out += flag.starts_with("--") ? " -l " + flag.substr(2) : " -s " + flag.substr(1);
    if (!option.choices.empty())
      out += " -x -a " + fish_quoted(joined(option.choices));
    else if (!option.value.empty())
      out += " -r -F";
    out += " -d " + fish_quoted(brief(option.description)) + "\n";
  }
  if (!command.positionals.empty())
    out +=
        "complete -c chronograph -n " + condition +
        (command.words.empty() ? " -F\n" : " -x -a " + fish_quoted(joined(command.words)) + "\n");
  return out;
}

std::string fish_script(const CLI::App& app) {
  std::string out =
      "# fish completion for chronograph; generated by `chronograph completion fish`\n"
      "complete -c chronograph -f\n";
  out += fish_options(describe(app), "__fish_use_subcommand");
  const std::vector<CommandText> commands = commands_of(app);
  for (const CommandText& command : commands)
    out += "complete -c chronograph -n __fish_use_subcommand -a " + command.name + " -d " +
           fish_quoted(brief(command.description)) + "\n";
  for (const CommandText& command : commands)
    out += fish_options(command, fish_quoted("__fish_seen_subcommand_from " + command.name));
  return out;
}

// roff text: backslashes and hyphens escaped, a leading dot or quote made literal.
std::string roff(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

std::string man_option(const OptionText& option) {
  std::vector<std::string> flags;
  for (const std::string& flag : option.flags) flags.push_back("\\fB" + roff(flag) + "\\fR");
  std::string out = ".TP\n" + joined(flags, ", ");
  if (!option.value.empty()) out += " \\fI" + option.value + "\\fR";
  out += "\n" + roff(option.description) + "\n";
  // Named unless the description already names them all.
  const bool named =
      std::all_of(option.choices.begin(), option.choices.end(), [&](const std::string& choice) {
        return option.description.find(choice) != std::string::npos;
      });
  if (!named) out += "One of: " + roff(joined(option.choices, ", ")) + ".\n";
  return out;
}

// Prose the definition does not hold.
constexpr std::string_view man_description =
    "chronograph reads an event file (YAML), a TimeML document, an event table (CSV) or event "
    "JSON, builds one graph of events, people, organisations and places, reasons about time "
    "(fuzzy, time-zoned, relative) and reports what cannot all hold as compiler-style "
    "diagnostics (file:line:col: error: ...). It renders timelines, storylines and relationship "
    "graphs (SVG, DOT, PNG, PDF, HTML) and data formats (JSON, GraphML, GEXF, iCalendar, CSV, "
    "TimelineJS, TimeML); the format follows the output's extension or --format.";

constexpr std::string_view man_tail = R"(.SH EXIT STATUS
.TP
.B 0
Success; the file checks clean (render: it was written, contradictions reported as warnings).
.TP
.B 1
Errors in the file, or the output could not be written.
.TP
.B 2
Usage: an unknown command or option, a missing argument, an unknown event.
.SH ENVIRONMENT
.TP
.B NO_COLOR
When set and not empty, diagnostics are not coloured unless \fB\-\-color=always\fR is given
(https://no\-color.org). Colour is used only when standard error is a terminal.
.SH EXAMPLES
.nf
chronograph check story.yaml
chronograph render story.yaml \-o story.svg
chronograph render story.yaml \-o story.html \-\-view storyline
chronograph render story.yaml \-o story.tml
chronograph explain story.yaml launch
chronograph import doc.tml \-o doc.yaml
source <(chronograph completion bash)
.fi
.SH SEE ALSO
The documentation in the source tree: README.md, docs/format.md, docs/formats.md, docs/timeml.md.
)";

}  // namespace

ShellCommands add_shell_commands(CLI::App& app, ShellArgs& args) {
  ShellCommands commands;
  commands.completion =
      app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
  commands.completion->add_option("shell", args.shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember(completion_shells));
  commands.completion->add_option("-o,--output", args.output, "Output file, or - for stdout");
  commands.man = app.add_subcommand("man", "Print the manual page, chronograph(1), in roff");
  commands.man->add_option("-o,--output", args.output, "Output file, or - for stdout");
  return commands;
}

int run_shell_command(const CLI::App& app, const ShellCommands& commands, const ShellArgs& args,
                      const Console& console) {
  const std::string text =
      *commands.completion ? completion_script(app, args.shell) : man_page(app);
  return write_output(args.output, text, console);
}

std::string completion_script(const CLI::App& app, std::string_view shell) {
  if (shell == "zsh") return zsh_script(app);
  if (shell == "fish") return fish_script(app);
  return bash_script(app);
}

std::string man_page(const CLI::App& app) {
  std::string out = fmt::format(
      ".TH CHRONOGRAPH 1 \"\" \"chronograph {}\" \"User Commands\"\n"
      ".SH NAME\nchronograph \\- {}\n"
      ".SH SYNOPSIS\n.B chronograph\n[\\fB\\-\\-color\\fR=\\fIWHEN\\fR] \\fICOMMAND\\fR "
      "[\\fIOPTIONS\\fR] [\\fIFILE\\fR]\n"
      ".SH DESCRIPTION\n{}\n.SH OPTIONS\n",
      version, roff(app.get_description().substr(app.get_description().find(": ") + 2)),
      roff(man_description));
  for (const OptionText& option : describe(app).options) out += man_option(option);
  out += ".SH COMMANDS\n";
  for (const CommandText& command : commands_of(app)) {
    std::string usage = "chronograph " + command.name;
    for (const auto& [name, description] : command.positionals) usage += " " + name;
    out += ".SS \"" + roff(usage) + "\"\n" + roff(command.description) + "\n";
    for (const auto& [name, description] : command.positionals)
      out += ".TP\n\\fI" + roff(name) + "\\fR\n" + roff(description) + "\n";
    for (const OptionText& option : command.options) out += man_option(option);
  }
  return out + std::string(man_tail);
}

std::optional<std::string> unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  std::vector<std::string_view> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.emplace_back(sub->get_name());
  for (int i = 1; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "--") return std::nullopt;
    if (word.starts_with("-")) {
      // A global option's value in the next word ("--color never").
      if (const CLI::Option* option = app.get_option_no_throw(std::string(word));
          option != nullptr && option->get_expected_max() != 0)
        ++i;
      continue;
    }
    for (const std::string_view name : names)
      if (name == word) return std::nullopt;
    const std::string hint = detail::did_you_mean(word, names);
    return fmt::format(
        "unknown command '{}'{}", word,
        hint.empty() ? fmt::format(" (the commands are {})", detail::join_choices(names, false))
                     : hint);
  }
  return std::nullopt;
}

}  // namespace chronograph::cli
