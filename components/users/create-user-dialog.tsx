"use client";

import { UserPlus } from "lucide-react";
import { useState } from "react";
import { CreateUserForm } from "@/components/users/create-user-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export function CreateUserDialog() {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          New user
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New user"
        description="They sign in with this email and password; give them a role to decide what they see."
      >
        <CreateUserForm onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
