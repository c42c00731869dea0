#include "commands.hpp"

namespace gazette::cli {

void add_build(CLI::App& app, Commands& cmds) { (void)app; (void)cmds; }
void add_export(CLI::App& app, Commands& cmds) { (void)app; (void)cmds; }
void add_explain(CLI::App& app, Commands& cmds) { (void)app; (void)cmds; }

}  // namespace gazette::cli
