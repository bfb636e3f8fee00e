package th.go.obec.me.process.emenscrreport;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The committee orders of emenscr-report's step 6 ("appoint the committees"), read by the
 * multi-instance collection of {@code SubProcess_CommitteeOrders}: one order per title.
 */
@Component("emenscrCommittees")
public class EmenscrCommittees {

  private final EmenscrSettings settings;

  public EmenscrCommittees(EmenscrSettings settings) {
    this.settings = settings;
  }

  public List<String> titles() {
    return settings.committeeTitles();
  }
}
