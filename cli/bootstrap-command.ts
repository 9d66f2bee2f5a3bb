import { bootstrap } from "@/lib/bootstrap/bootstrap";
import type { Command } from "@/cli/commands";

export const bootstrapCommand: Command = {
  summary: "Apply migrations, create built-in roles and the first admin (run by npm start)",
  options: {},
  async run() {
    const report = await bootstrap();
    if (report.firstAdmin) {
      const { email, generatedPassword } = report.firstAdmin;
      console.log(`\n  First admin created: ${email}`);
      if (generatedPassword)
        console.log(`  Password (shown once, change it after signing in): ${generatedPassword}\n`);
    }
    if (report.demoSeeded)
      console.log(
        "  Demo upstream registered: everything (server-everything over stdio); the service role may call everything/*.",
      );
    return 0;
  },
};
