package th.go.obec.me.process.emenscrreport;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * eMENSCR's address, the committees the manual orders without naming them, and OBEC's usual
 * deadline for a quarter's progress report ({@code me.emenscr.*}).
 *
 * @param url                       eMENSCR's address, shown as a link on the owners' forms
 * @param committeeTitles           the titles of the committee orders of step 6, one order each
 * @param progressDaysAfterQuarter  days after a quarter's last day that its progress is due when
 *                                  OBEC gives no date
 */
@Validated
@ConfigurationProperties("me.emenscr")
public record EmenscrSettings(
    @DefaultValue("https://emenscr.nesdc.go.th") @NotBlank @Pattern(regexp = "https?://\\S+") String url,
    @DefaultValue({
        "คำสั่งแต่งตั้งคณะกรรมการอำนวยการการติดตามและประเมินผลแห่งชาติ (eMENSCR)",
        "คำสั่งแต่งตั้งคณะกรรมการนำเข้าข้อมูลโครงการในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR)",
        "คำสั่งแต่งตั้งคณะกรรมการกำกับ ติดตาม และตรวจสอบความถูกต้องของข้อมูลในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR)",
        "คำสั่งแต่งตั้งคณะกรรมการสรุปและรายงานผลการดำเนินงานในระบบติดตามและประเมินผลแห่งชาติ (eMENSCR)"})
    @NotEmpty List<@NotBlank String> committeeTitles,
    @DefaultValue("15") @Min(0) @Max(90) int progressDaysAfterQuarter) {
}
