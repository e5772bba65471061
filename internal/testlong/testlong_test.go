package testlong

import "testing"

func TestEnabled(t *testing.T) {
	t.Setenv(Env, "")
	if Enabled() {
		t.Error("enabled without the environment variable")
	}
	t.Setenv(Env, "1")
	if Enabled() == testing.Short() {
		t.Errorf("Enabled() = %v with %s=1 and -short %v", Enabled(), Env, testing.Short())
	}
}
